import express from "express";
import cors from "cors";

const app = express();

app.use(
  cors({
    // any brightlane host, any environment
    origin: /^https?:\/\/([a-z0-9-]+\.)*brightlane\.com$/, // want CORS001 CORS006
    credentials: true,
  })
);

app.get("/account", (req, res) => res.json({ ok: true }));
export default app;
