const express = require("express");
const cors = require("cors");
const helmet = require("helmet");
const { connectDb } = require("./db");

const isDev = process.env.NODE_ENV === "development";

const app = express();

app.use(helmet());
app.use(
  cors({
    // locally the CRA dev server runs on :3000; in prod we sit behind the same domain
    origin: process.env.NODE_ENV === "development" ? "http://localhost:3000" : true, // want CORS001
    credentials: true,
  })
);
app.use(express.json());

app.get("/api/health", (_req, res) => res.send("ok"));

connectDb().then(() => {
  app.listen(process.env.PORT || 5000, () => {
    if (isDev) console.log("dev server up");
  });
});
