import express from 'express';
import cors from 'cors';

const allowOrigins = ['https://booking.example.com', 'https://admin.booking.example.com'];

const corsOptions = {
    origin: (origin, callback) => {
        if (allowOrigins.indexOf(origin !== -1 || !origin)) { // want CORS002
            callback(null, true)
        } else {
            callback(new Error('not allowed by cors'))
        }
    },
    Credential: true, // want CORS021
    optionsSuccessStatus: 200
}

const app = express();
app.use(cors(corsOptions));
app.use(express.json());

export default app;
