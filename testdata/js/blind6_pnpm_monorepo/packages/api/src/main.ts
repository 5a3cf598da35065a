import express from 'express';
import cors from 'cors';
import { corsOptions } from './cors';
import { projects } from './routes/projects';

const app = express();
app.use(cors(corsOptions));
app.use(express.json());
app.use('/projects', projects);

app.listen(Number(process.env.PORT) || 4000);
