const BASE = import.meta.env.VITE_API_URL ?? 'http://localhost:4000';

export async function listProjects() {
  const res = await fetch(`${BASE}/projects`, {
    credentials: 'include',
    headers: { 'Access-Control-Allow-Origin': '*' },
  });
  if (!res.ok) throw new Error(`projects: ${res.status}`);
  return res.json();
}
