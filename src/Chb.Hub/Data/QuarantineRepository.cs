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
internal sealed class QuarantineRepository(IHubDatabase database)
{
    private const string Insert = """
        INSERT INTO quarantine (id, agency, adapter_id, push_id, file_name, row_number, field, reason, code, other_problems, received_at)
        VALUES (@Id, @Agency, @AdapterId, @PushId, @FileName, @RowNumber, @Field, @Reason, @Code, @OtherProblems, @ReceivedAt)
        """;

    private const string SelectPage = """
        SELECT id AS Id, agency AS Agency, adapter_id AS AdapterId, push_id AS PushId, file_name AS FileName, row_number AS RowNumber,
               field AS Field, reason AS Reason, code AS Code, other_problems AS OtherProblems, received_at AS ReceivedAt
        FROM quarantine
        WHERE (@Agency IS NULL OR agency = @Agency) AND id > @After
        ORDER BY id LIMIT @Limit
        """;

    public static Task AddAsync(WriteScope scope, IReadOnlyList<QuarantineEntry> entries, CancellationToken cancellationToken)
        => entries.Count == 0
            ? Task.CompletedTask
            : scope.Connection.ExecuteAsync(new CommandDefinition(Insert, entries, scope.Transaction, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<QuarantineEntry>> ListAsync(string? agency, string after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuarantineEntry>(
            new CommandDefinition(SelectPage, new { Agency = agency, After = after, Limit = limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
