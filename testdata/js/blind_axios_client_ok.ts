import axios from 'axios';

// NOTE: these headers do nothing for CORS (they are response headers); kept
// because the old proxy logged them.
export const api = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  withCredentials: true,
  headers: {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
  },
});

api.interceptors.response.use(
  (r) => r,
  (err) => Promise.reject(err.response?.data ?? err),
);
