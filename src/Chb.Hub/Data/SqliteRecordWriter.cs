using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace Chb.Hub.Data;

/// <summary>
/// SQLite's batch path for new source records. SQLite has no network round trip to save, so what a batch costs is
/// the work per row in the client: one prepared insert whose parameters are created once and only re-valued per row
/// (Dapper re-creates and re-binds every named parameter for every row), and one key lookup for the whole batch with
/// the keys as a single JSON array parameter (a list parameter becomes one parameter per key, and SQLite finds each
/// bound name by a linear search: quadratic in the batch size).
/// </summary>
internal static class SqliteRecordWriter
{
    private const string InsertRecord = """
        INSERT INTO source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at)
        VALUES (@Sequence, @Agency, @PartnerReference, @IdempotencyKey, @PayloadHash, @Kind, @AdapterId, @PushId, @Body, @ReceivedAt)
        """;

    private const string FindKeys = """
        SELECT idempotency_key, payload_hash, sequence FROM source_records
        WHERE agency = @Agency AND idempotency_key IN (SELECT value FROM json_each(@Keys))
        """;

    public static void Insert(WriteScope scope, IReadOnlyList<SourceRecordRow> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (rows.Count == 0)
        {
            return;
        }

        using var command = (SqliteCommand)scope.Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)scope.Transaction;
        command.CommandText = InsertRecord;
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
        foreach (var row in rows)
        {
            sequence.Value = row.Sequence;
            agency.Value = row.Agency;
            reference.Value = row.PartnerReference;
            key.Value = row.IdempotencyKey;
            hash.Value = row.PayloadHash;
            kind.Value = row.Kind;
            adapter.Value = (object?)row.AdapterId ?? DBNull.Value;
            push.Value = (object?)row.PushId ?? DBNull.Value;
            body.Value = row.Body;

            // The same text Dapper's DateTimeOffset parameter gave: Microsoft.Data.Sqlite formats the value itself.
            receivedAt.Value = row.ReceivedAt;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The batch's stored keys in one query, or null when a key holds a surrogate: JSON could not carry a lone one
    /// unchanged, so such a batch takes the portable path, which binds every key as it is.
    /// </summary>
    public static Dictionary<string, StoredKey>? TryFindKeys(WriteScope scope, string agency, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var key in keys)
        {
            if (key.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                return null;
            }
        }

        using var command = (SqliteCommand)scope.Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)scope.Transaction;
        command.CommandText = FindKeys;
        command.Parameters.Add("@Agency", SqliteType.Text).Value = agency;
        command.Parameters.Add("@Keys", SqliteType.Text).Value = JsonSerializer.Serialize(keys, SqliteKeyJson.Default.IReadOnlyListString);
        var known = new Dictionary<string, StoredKey>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            known[reader.GetString(0)] = new StoredKey(reader.GetString(1), reader.GetInt64(2));
        }

        return known;
    }
}

[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class SqliteKeyJson : JsonSerializerContext;
