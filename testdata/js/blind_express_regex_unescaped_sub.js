import express from "express";
import cors from "cors";

const app = express();

app.use(
  cors({
    origin: [/^https:\/\/api.example\.com$/, "https://example.com"], // want CORS004
    methods: "GET,HEAD,POST",
  }),
);

export default app;
