using Npgsql;
using NpgsqlTypes;

namespace Chb.Hub.Data.PostgreSql;

/// <summary>
/// Writes a batch of source records with binary COPY on the write transaction's connection, so the rows commit or roll
/// back with it. Measured against one multi-row <c>unnest</c> insert and Dapper's per-row execute, COPY was the fastest
/// at the hub's batch sizes (see the README's shared deployments section).
/// </summary>
internal static class PostgreSqlRecordCopy
{
    private const string Copy = """
        COPY source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(WriteScope scope, IReadOnlyList<SourceRecordRow> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)scope.Connection;
        await using var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.Sequence, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(row.Agency, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.PartnerReference, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.IdempotencyKey, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.PayloadHash, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Kind, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, row.AdapterId, cancellationToken);
            await WriteNullableAsync(importer, row.PushId, cancellationToken);
            await importer.WriteAsync(row.Body, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.ReceivedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken)
        => value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
