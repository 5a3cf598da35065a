const express = require("express");
const cors = require("cors");

const app = express();

function isAllowedOrigin(origin) {
  if (!origin) return true;
  try {
    const { hostname, protocol } = new URL(origin);
    return protocol === "https:" && hostname.endsWith("tidepool.org"); // want CORS004
  } catch {
    return false;
  }
}

app.use(
  cors({
    origin: (origin, cb) => cb(null, isAllowedOrigin(origin)),
  })
);

app.get("/v2/datasets", (req, res) => {
  res.json({ datasets: [] });
});

app.listen(process.env.PORT || 4000);
