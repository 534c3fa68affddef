using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Chb.Bench.Ingest;

/// <summary>
/// The ceiling: the same number of source rows, of the same size, inserted with Dapper into the same table
/// shape in a WAL, synchronous=FULL SQLite file, 1,000 rows a transaction, with nothing else going on.
/// </summary>
internal static class RawInsertLimit
{
    private const string Ddl = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE source_records (
            sequence INTEGER NOT NULL PRIMARY KEY, agency TEXT NOT NULL, partner_reference TEXT NOT NULL,
            idempotency_key TEXT NOT NULL, payload_hash TEXT NOT NULL, kind TEXT NOT NULL, adapter_id TEXT NULL,
            push_id TEXT NULL, body TEXT NOT NULL, retracted INTEGER NOT NULL DEFAULT 0, received_at TEXT NOT NULL,
            UNIQUE (agency, idempotency_key));
        CREATE INDEX ix_source_records_reference ON source_records (agency, partner_reference, sequence);
        """;

    private const string Insert = """
        INSERT INTO source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at)
        VALUES (@Sequence, @Agency, @PartnerReference, @IdempotencyKey, @PayloadHash, @Kind, @AdapterId, @PushId, @Body, @ReceivedAt)
        """;

    public static double Measure(string path, int rows, int bodyBytes)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute(Ddl);
        connection.Execute("PRAGMA synchronous = FULL;");
        var body = new string('x', bodyBytes);
        var receivedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < rows; start += 1000)
        {
            using var tx = connection.BeginTransaction();
            var batch = Enumerable.Range(start, Math.Min(1000, rows - start)).Select(i =>
            {
                var reference = $"ASB/2024/{i / 2:D7}#Tenant#{i}";
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)));
                return new
                {
                    Sequence = i + 1, Agency = "BDC-HOUSING", PartnerReference = reference, IdempotencyKey = $"{reference}@{hash[..32]}",
                    PayloadHash = hash, Kind = "Case", AdapterId = "housing-cases-csv/1", PushId = "bench", Body = body, ReceivedAt = receivedAt,
                };
            });
            connection.Execute(Insert, batch, tx);
            tx.Commit();
        }

        return rows / watch.Elapsed.TotalSeconds;
    }
}
