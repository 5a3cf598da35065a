import express, { Request } from "express";
import cors, { CorsOptions } from "cors";

const app = express();

const allowed = new Set<string>([
  "https://app.example.com",
  "https://admin.example.com",
]);

const corsOptions: CorsOptions = {
  origin(origin, callback) {
    // Server-to-server calls send no Origin header.
    if (!origin || allowed.has(origin)) {
      callback(null, true);
    } else {
      callback(new Error("Not allowed by CORS"));
    }
  },
  credentials: true,
  maxAge: 600,
};

app.use(cors(corsOptions));

app.get("/api/me", (req: Request, res) => {
  res.json({ ok: true });
});

export default app;
