import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class DataService {
  constructor(private http: HttpClient) {}

  load() {
    const headers = new HttpHeaders({ 'Access-Control-Allow-Origin': '*' });
    return this.http.get('/api/data', { headers });
  }

  save(body: unknown) {
    return this.http.post('/api/data', body, {
      headers: { 'Access-Control-Allow-Origin': '*' },
      withCredentials: true,
    });
  }
}
