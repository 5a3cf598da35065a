import { useEffect, useState } from 'react';

type Invoice = { id: string; total: number; currency: string };

const API_BASE = import.meta.env.VITE_API_BASE ?? 'https://api.ledgerly.io';

export function InvoiceList({ token }: { token: string }) {
  const [invoices, setInvoices] = useState<Invoice[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`${API_BASE}/v2/invoices`, {
      mode: 'cors',
      credentials: 'include',
      signal: controller.signal,
      headers: {
        Authorization: `Bearer ${token}`,
        // Someone added this while debugging; it is a response header and does nothing here.
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
      },
    })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then(setInvoices)
      .catch((e) => {
        if (e.name !== 'AbortError') setError(String(e));
      });
    return () => controller.abort();
  }, [token]);

  if (error) return <p role="alert">{error}</p>;
  return (
    <ul>
      {invoices.map((inv) => (
        <li key={inv.id}>
          {inv.id}: {inv.total.toFixed(2)} {inv.currency}
        </li>
      ))}
    </ul>
  );
}
