using System.Text.Json;
using Chb.Hub.Audit;
using Chb.Hub.Data;
using Chb.Hub.Security;
using Dapper;

namespace Chb.Hub.GainCoordination;

/// <summary>A disclosure request as stored.</summary>
internal sealed record StoredRequest(
    string RequestId, string HoldingReference, string Agency, string Requester, string RequesterAgency, string LegalGateway, string Purpose,
    string RequestedFields, string Status, long RequestedAtTicks, string? DecidedBy, long? DecidedAtTicks, string? DecisionReason, string? ReleaseRecordIds)
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Refused = "refused";

    public IReadOnlyList<string> Fields => GainJson.List(RequestedFields);

    public IReadOnlyList<string> ReleaseRecords => ReleaseRecordIds is null ? [] : GainJson.List(ReleaseRecordIds);

    public bool IsRequester(HubCaller caller) => Requester == caller.Subject && RequesterAgency == caller.Agency;
}

/// <summary>What a decision did.</summary>
internal enum DecisionOutcome
{
    Decided,
    Replayed,
    AlreadyDecidedOtherwise,
    NotFound,
}

/// <summary>
/// Disclosure requests: a GAIN coordinator asks the agency behind a holding to release named fields under a legal
/// gateway; that agency approves or refuses. Each change is one transaction with its audit entry.
/// </summary>
internal sealed class DisclosureRequests(StoreExecutor store, AuditLog audit, TimeProvider time)
{
    private const string Columns = """
        request_id AS RequestId, holding_reference AS HoldingReference, agency AS Agency, requester AS Requester, requester_agency AS RequesterAgency,
        legal_gateway AS LegalGateway, purpose AS Purpose, requested_fields AS RequestedFields, status AS Status, requested_at_ticks AS RequestedAtTicks,
        decided_by AS DecidedBy, decided_at_ticks AS DecidedAtTicks, decision_reason AS DecisionReason, release_record_ids AS ReleaseRecordIds
        """;

    private const string ById = $"SELECT {Columns} FROM disclosure_requests WHERE request_id = @RequestId";

    private const string Insert = """
        INSERT INTO disclosure_requests (request_id, holding_reference, agency, requester, requester_agency, legal_gateway, purpose, requested_fields,
                                         status, requested_at_ticks)
        VALUES (@RequestId, @HoldingReference, @Agency, @Requester, @RequesterAgency, @LegalGateway, @Purpose, @RequestedFields, @Status, @RequestedAtTicks)
        """;

    private const string Decide = """
        UPDATE disclosure_requests SET status = @Status, decided_by = @DecidedBy, decided_at_ticks = @DecidedAtTicks, decision_reason = @DecisionReason,
            release_record_ids = @ReleaseRecordIds
        WHERE request_id = @RequestId AND status = 'pending'
        """;

    public Task<StoredRequest> CreateAsync(
        HubCaller caller, string purpose, StoredHolding holding, string gateway, IReadOnlyList<string> fields, CancellationToken cancellationToken)
        => store.WriteAsync(
            static async (scope, s, ct) =>
            {
                await scope.Connection.ExecuteAsync(new CommandDefinition(SiteStore.LockGain, transaction: scope.Transaction, cancellationToken: ct));
                var request = new StoredRequest(
                    GainIds.Request(), s.holding.HoldingReference, s.holding.Agency, s.caller.Subject, s.caller.Agency, s.gateway, s.purpose,
                    GainJson.Text(s.fields), StoredRequest.Pending, s.Self.Now, null, null, null, null);
                await scope.Connection.ExecuteAsync(new CommandDefinition(Insert, request, scope.Transaction, cancellationToken: ct));
                await s.Self.AuditAsync(scope, s.caller, request, $"Gain.RequestDisclosure {s.purpose}; gateway: {s.gateway}", [.. s.fields.Select(f => $"field:{f}")], ct);
                return request;
            },
            (Self: this, caller, purpose, holding, gateway, fields),
            cancellationToken);

    public Task<StoredRequest?> FindAsync(string requestId, CancellationToken cancellationToken)
        => store.ReadAsync(
            static (connection, id, ct) => connection.QuerySingleOrDefaultAsync<StoredRequest>(new CommandDefinition(ById, new { RequestId = id }, cancellationToken: ct)),
            requestId,
            cancellationToken);

    /// <summary>
    /// Approves (releasing <paramref name="records"/>, the holding's records now) or refuses. Only the owning agency
    /// decides: any other caller is answered <see cref="DecisionOutcome.NotFound"/>, as for an unknown id.
    /// </summary>
    public Task<(DecisionOutcome Outcome, StoredRequest? Request)> DecideAsync(
        HubCaller caller, string purpose, string requestId, bool approve, string reason, IReadOnlyList<string> records, CancellationToken cancellationToken)
        => store.WriteAsync(
            static async (scope, s, ct) =>
            {
                await scope.Connection.ExecuteAsync(new CommandDefinition(SiteStore.LockGain, transaction: scope.Transaction, cancellationToken: ct));
                var current = await scope.Connection.QuerySingleOrDefaultAsync<StoredRequest>(
                    new CommandDefinition(ById, new { s.RequestId }, scope.Transaction, cancellationToken: ct));
                if (current is null || current.Agency != s.caller.Agency)
                {
                    return (DecisionOutcome.NotFound, (StoredRequest?)null);
                }

                var status = s.approve ? StoredRequest.Approved : StoredRequest.Refused;
                if (current.Status != StoredRequest.Pending)
                {
                    return (current.Status == status ? DecisionOutcome.Replayed : DecisionOutcome.AlreadyDecidedOtherwise, current);
                }

                var decided = current with
                {
                    Status = status,
                    DecidedBy = s.caller.Subject,
                    DecidedAtTicks = s.Self.Now,
                    DecisionReason = s.reason,
                    ReleaseRecordIds = s.approve ? GainJson.Text(s.records) : null,
                };
                await scope.Connection.ExecuteAsync(new CommandDefinition(Decide, decided, scope.Transaction, cancellationToken: ct));
                IEnumerable<string> released = s.approve ? [.. decided.Fields.Select(f => $"field:{f}"), $"records:{s.records.Count}"] : [];
                await s.Self.AuditAsync(
                    scope, s.caller, decided, $"Gain.DecideDisclosure {s.purpose}; {status} for {decided.Requester} of {decided.RequesterAgency}", [.. released], ct);
                return (DecisionOutcome.Decided, decided);
            },
            (Self: this, caller, purpose, RequestId: requestId, approve, reason, records),
            cancellationToken);

    private long Now => time.GetUtcNow().UtcTicks;

    private Task AuditAsync(WriteScope scope, HubCaller caller, StoredRequest request, string purpose, IReadOnlyList<string> extra, CancellationToken cancellationToken)
        => audit.AppendAsync(
            scope,
            [new AuditEvent(caller.Subject, caller.Role, caller.Agency, AuditActions.Alteration,
                [$"disclosure-request:{request.RequestId}", $"holding:{request.HoldingReference}", $"recipient:{request.RequesterAgency}", .. extra])
            {
                Purpose = purpose,
            }],
            cancellationToken);
}

/// <summary>Lists kept as JSON text in the GAIN tables.</summary>
internal static class GainJson
{
    public static string Text(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), GainJsonContext.Default.StringArray);

    public static IReadOnlyList<string> List(string json) => JsonSerializer.Deserialize(json, GainJsonContext.Default.StringArray) ?? [];
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
internal sealed partial class GainJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
