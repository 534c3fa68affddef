using Dapper;

namespace Chb.Hub.Data;

/// <summary>A rejected row as the quarantine keeps it: where it was and why, never its content.</summary>
internal sealed record QuarantineEntry(
    string Id,
    string Agency,
    string? AdapterId,
    string? PushId,
    string? FileName,
    long RowNumber,
    string Field,
    string Reason,
    string Code,
    string? OtherProblems,
    DateTimeOffset ReceivedAt);

/// <summary>Keeps every rejected row so that nothing a partner sent is silently lost.</summary>
internal sealed class QuarantineRepository(StoreExecutor store)
{
    private const string Insert = """
        INSERT INTO quarantine (id, agency, adapter_id, push_id, file_name, row_number, field, reason, code, other_problems, received_at)
        VALUES (@Id, @Agency, @AdapterId, @PushId, @FileName, @RowNumber, @Field, @Reason, @Code, @OtherProblems, @ReceivedAt)
        """;

    public static Task AddAsync(WriteScope scope, IReadOnlyList<QuarantineEntry> entries, CancellationToken cancellationToken)
        => entries.Count == 0
            ? Task.CompletedTask
            : scope.Connection.ExecuteAsync(new CommandDefinition(Insert, entries, scope.Transaction, cancellationToken: cancellationToken));

    public Task<IReadOnlyList<QuarantineEntry>> ListAsync(string? agency, string after, int limit, CancellationToken cancellationToken)
        => store.ReadAsync(
            static async (connection, s, ct) =>
            {
                var rows = await connection.QueryAsync<QuarantineEntry>(
                    new CommandDefinition(s.Sql, new { s.Agency, s.After, s.Limit }, cancellationToken: ct));
                return (IReadOnlyList<QuarantineEntry>)rows.AsList();
            },
            (Sql: store.Database.Sql.QuarantinePage, Agency: agency, After: after, Limit: limit),
            cancellationToken);
}
