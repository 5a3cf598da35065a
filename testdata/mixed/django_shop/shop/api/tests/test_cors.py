from django.test import TestCase, override_settings


class CorsTests(TestCase):
    def test_storefront_origin_allowed(self):
        resp = self.client.get("/api/products/", HTTP_ORIGIN="https://shop.example.com")
        self.assertEqual(resp["Access-Control-Allow-Origin"], "https://shop.example.com")
        self.assertEqual(resp["Access-Control-Allow-Credentials"], "true")

    def test_evil_origin_rejected(self):
        resp = self.client.get("/api/products/", HTTP_ORIGIN="https://shop.example.com.evil.example")
        self.assertNotIn("Access-Control-Allow-Origin", resp)

    @override_settings(CORS_ALLOWED_ORIGINS=["http://localhost:3000"])
    def test_override(self):
        resp = self.client.get("/api/products/", HTTP_ORIGIN="http://localhost:3000")
        self.assertEqual(resp.status_code, 200)
