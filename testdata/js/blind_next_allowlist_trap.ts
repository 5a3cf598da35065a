import type { NextApiHandler, NextApiRequest, NextApiResponse } from "next";

export default function allowCors(handler: NextApiHandler) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const allowedOrigins = [
      "https://app.example.com",
      "https://staging.example.com",
      req.headers.origin, // want CORS002
    ].filter(Boolean);

    const origin = req.headers.origin;

    if (origin && allowedOrigins.includes(origin)) {
      res.setHeader("Access-Control-Allow-Origin", origin); // want CORS018
    } else {
      res.setHeader("Access-Control-Allow-Origin", "https://app.example.com");
    }

    res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,DELETE,OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type");

    if (req.method === "OPTIONS") {
      res.status(200).end();
      return;
    }
    return handler(req, res);
  };
}
