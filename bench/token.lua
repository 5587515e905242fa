-- wrk: sign in through the API (POST /api/v1/auth/token), i.e. one Argon2id check and one token per request
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username":"analyst","password":"tendik-demo-2026"}'
