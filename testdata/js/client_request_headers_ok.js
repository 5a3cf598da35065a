import axios from 'axios';

// Front-end code that (wrongly, but harmlessly) sends CORS response headers
// as request headers: nothing here configures a server.
const api = axios.create({
  baseURL: process.env.REACT_APP_API_URL,
  withCredentials: true,
  headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
});

axios.defaults.headers.common['Access-Control-Allow-Origin'] = '*';

const config = { headers: { 'Access-Control-Allow-Origin': '*' } };

export async function getUser(id) {
  const res = await fetch(`/api/users/${id}`, {
    mode: 'cors',
    credentials: 'include',
    headers: { 'Access-Control-Allow-Origin': '*', Accept: 'application/json' },
  });
  return res.json();
}

export const postItem = (item) => axios.post('/api/items', item, config);
export const listItems = () => api.get('/items');
