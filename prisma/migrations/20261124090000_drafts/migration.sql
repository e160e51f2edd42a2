-- "Save and finish later": a patient's partly filled intake, sealed with AES-256-GCM by the
-- app (iv, ciphertext), found by an HMAC of its resume code. No column holds an answer, a
-- name, a date of birth or the code itself. Expired rows are deleted by the app.
-- CreateTable
CREATE TABLE "drafts" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "iv" BLOB NOT NULL,
    "ciphertext" BLOB NOT NULL,
    "failedResumes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "drafts_codeHash_key" ON "drafts"("codeHash");

-- CreateIndex
CREATE INDEX "drafts_expiresAt_idx" ON "drafts"("expiresAt");

