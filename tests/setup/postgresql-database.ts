import pg from "pg";
import { inject } from "vitest";
import { TEMPLATE_DATABASE } from "./postgresql-global";

// A fresh, migrated database for this test file, copied from the run's template, before any
// app module reads the configuration.
const adminUrl = inject("postgresqlAdminUrl");
const database = `test_${crypto.randomUUID().replaceAll("-", "")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
