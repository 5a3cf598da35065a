const API_URL = process.env.NEXT_PUBLIC_API_URL ?? 'https://api.harbor.tools';

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${API_URL}${path}`, {
    credentials: 'include',
    headers: { 'Access-Control-Allow-Origin': '*', Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`${res.status} ${path}`);
  return res.json() as Promise<T>;
}
