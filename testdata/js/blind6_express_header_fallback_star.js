const express = require("express");
const app = express();

app.use(function (req, res, next) {
  res.header("Access-Control-Allow-Origin", req.header("Origin") || "*"); // want CORS002 CORS018
  res.header("Access-Control-Allow-Headers", "Origin, X-Requested-With, Content-Type, Accept");
  next();
});

app.get("/quotes/random", (req, res) => res.json({ quote: "..." }));
app.listen(8081);
