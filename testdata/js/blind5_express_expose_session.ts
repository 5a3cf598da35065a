import { Router } from 'express';
import cors from 'cors';
import { listInvoices } from '../services/invoices';

export const invoicesRouter = Router();

invoicesRouter.use(
  cors({
    origin: 'https://billing.saltmarsh.co',
    credentials: true,
    exposedHeaders: 'Content-Range, X-Total-Count, X-Session-Id', // want CORS013
  }),
);

invoicesRouter.get('/', async (req, res) => {
  const { items, total } = await listInvoices(req.query);
  res.set('Content-Range', `invoices 0-${items.length}/${total}`);
  res.set('X-Total-Count', String(total));
  res.json(items);
});
