using Chb.Hub.Audit;
using Chb.Hub.Data;
using Chb.Hub.Security;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>What a judgement attempt found.</summary>
internal enum JudgeStatus
{
    Recorded,
    NotFound,
    SplitNeedsLink,
}

/// <summary>
/// Records analysts' judgements. Each is a change in the change sequence, so the projector applies it in
/// order and a caller can wait for it; it names the pair by stable mention ids, so it outlives rebuilds.
/// </summary>
internal sealed class JudgementStore(StoreExecutor store, AuditLog audit, TimeProvider time)
{
    private const string FindPair = """
        SELECT link_id AS LinkId, subject_kind AS SubjectKind, left_mention AS LeftMention, right_mention AS RightMention, outcome AS Outcome,
               method AS Method, score AS Score, conflict AS Conflict, features AS Features
        FROM link_pairs WHERE link_id = @LinkId
        """;

    private const string Insert = """
        INSERT INTO link_judgements (sequence, link_id, subject_kind, left_mention, right_mention, judgement, reason, judged_by, judged_at)
        VALUES (@Sequence, @LinkId, @SubjectKind, @LeftMention, @RightMention, @Judgement, @Reason, @JudgedBy, @JudgedAt)
        """;

    public Task<(JudgeStatus Status, long Sequence)> JudgeAsync(string linkId, string judgement, string reason, HubCaller judgedBy, CancellationToken cancellationToken)
        => store.WriteAsync(
            static (scope, s, ct) => s.Self.JudgeAsync(scope, s.linkId, s.judgement, s.reason, s.judgedBy, ct),
            (Self: this, linkId, judgement, reason, judgedBy),
            cancellationToken);

    private async Task<(JudgeStatus, long)> JudgeAsync(WriteScope scope, string linkId, string judgement, string reason, HubCaller judgedBy, CancellationToken cancellationToken)
    {
        var sql = store.Database.Sql;
        await scope.Connection.ExecuteAsync(new CommandDefinition(sql.LockChangeSequence, transaction: scope.Transaction, cancellationToken: cancellationToken));
        var pair = await scope.Connection.QuerySingleOrDefaultAsync<StoredPair>(
            new CommandDefinition(FindPair, new { LinkId = linkId }, scope.Transaction, cancellationToken: cancellationToken));
        if (pair is null)
        {
            return (JudgeStatus.NotFound, 0);
        }

        if (judgement == LinkOutcomes.Split && pair.Outcome != LinkOutcomes.Link)
        {
            return (JudgeStatus.SplitNeedsLink, 0);
        }

        var sequence = await scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(sql.ReserveSequences, new { Count = 1 }, scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            Insert,
            new
            {
                Sequence = sequence, pair.LinkId, pair.SubjectKind, pair.LeftMention, pair.RightMention, Judgement = judgement, Reason = reason,
                JudgedBy = judgedBy.Subject, JudgedAt = time.GetUtcNow(),
            },
            scope.Transaction,
            cancellationToken: cancellationToken));
        await audit.AppendAsync(
            scope,
            [new AuditEvent(judgedBy.Subject, judgedBy.Role, judgedBy.Agency, AuditActions.Alteration,
                [$"link:{pair.LinkId}", $"judgement:{judgement}", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"change:{sequence}")])],
            cancellationToken);
        return (JudgeStatus.Recorded, sequence);
    }
}
