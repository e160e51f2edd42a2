-- Email through a durable outbox (lib/server/mail/): each email is written here in the
-- transaction of the change that causes it, then claimed (a lease and a token, in one
-- conditional UPDATE) and sent by the app. Review alerts are held to one per recipient per
-- interval by mail_alert_windows. lastError holds an error class and SMTP code, never text.
-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "claimToken" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "mail_alert_windows" (
    "recipient" TEXT NOT NULL PRIMARY KEY,
    "lastAlertAt" DATETIME NOT NULL,
    "pendingReferences" TEXT NOT NULL DEFAULT '',
    "openedBy" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "outbox_messages_status_nextAttemptAt_idx" ON "outbox_messages"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "outbox_messages_status_createdAt_idx" ON "outbox_messages"("status", "createdAt");

-- CreateIndex
CREATE INDEX "mail_alert_windows_lastAlertAt_idx" ON "mail_alert_windows"("lastAlertAt");

