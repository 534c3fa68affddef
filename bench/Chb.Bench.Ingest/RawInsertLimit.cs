using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Chb.Bench.Ingest;

/// <summary>
/// The ceiling: the same number of source rows, of the same size, inserted into the same table shape in a WAL,
/// synchronous=FULL SQLite file, 1,000 rows a transaction, with nothing else going on: by Dapper (the limit the
/// target is set against), or by one prepared command re-valued per row (the stricter limit: little but SQLite's own cost).
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

    public const string Insert = """
        INSERT INTO source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at)
        VALUES (@Sequence, @Agency, @PartnerReference, @IdempotencyKey, @PayloadHash, @Kind, @AdapterId, @PushId, @Body, @ReceivedAt)
        """;

    public static double Measure(string path, int rows, int bodyBytes, bool prepared)
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
            var batch = Batch(start, Math.Min(1000, rows - start), body, receivedAt);
            if (prepared)
            {
                InsertPrepared(connection, tx, batch);
            }
            else
            {
                connection.Execute(Insert, batch, tx);
            }

            tx.Commit();
        }

        return rows / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Rows <paramref name="start"/> onwards as the hub stores a housing export's: references, keys and hashes of the same shape.</summary>
    public static IEnumerable<Row> Batch(int start, int count, string body, DateTimeOffset receivedAt)
        => Enumerable.Range(start, count).Select(i =>
        {
            var reference = $"ASB/2024/{i / 2:D7}#Tenant#{i}";
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)));
            return new Row(i + 1, "BDC-HOUSING", reference, $"{reference}@{hash[..32]}", hash, "Case", "housing-cases-csv/1", "bench", body, receivedAt);
        });

    private static void InsertPrepared(SqliteConnection connection, SqliteTransaction tx, IEnumerable<Row> batch)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = Insert;
        var sequence = command.Parameters.Add("@Sequence", SqliteType.Integer);
        var agency = command.Parameters.Add("@Agency", SqliteType.Text);
        var reference = command.Parameters.Add("@PartnerReference", SqliteType.Text);
        var key = command.Parameters.Add("@IdempotencyKey", SqliteType.Text);
        var hash = command.Parameters.Add("@PayloadHash", SqliteType.Text);
        var kind = command.Parameters.Add("@Kind", SqliteType.Text);
        var adapter = command.Parameters.Add("@AdapterId", SqliteType.Text);
        var push = command.Parameters.Add("@PushId", SqliteType.Text);
        var body = command.Parameters.Add("@Body", SqliteType.Text);
        var receivedAt = command.Parameters.Add("@ReceivedAt", SqliteType.Text);
        command.Prepare();
        foreach (var row in batch)
        {
            (sequence.Value, agency.Value, reference.Value, key.Value, hash.Value) = (row.Sequence, row.Agency, row.PartnerReference, row.IdempotencyKey, row.PayloadHash);
            (kind.Value, adapter.Value, push.Value, body.Value, receivedAt.Value) = (row.Kind, row.AdapterId, row.PushId, row.Body, row.ReceivedAt);
            command.ExecuteNonQuery();
        }
    }

    public sealed record Row(
        long Sequence, string Agency, string PartnerReference, string IdempotencyKey, string PayloadHash, string Kind, string AdapterId, string PushId,
        string Body, DateTimeOffset ReceivedAt);
}
