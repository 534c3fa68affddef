using Chb.Contracts.V1;
using Chb.Hub.Audit;
using Chb.Hub.Access;
using Chb.Hub.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using AuditEntry = Chb.Hub.Audit.AuditEntry;

namespace Chb.Hub.Grpc;

/// <summary>For auditors and administrators: read the log, verify its chain, export signed checkpoints.</summary>
[Authorize(Policy = HubPolicies.Auditor)]
internal sealed class AuditService(AuditLog log, AuditVerifier verifier, AuditCheckpointKey key, Consultations consultations, TimeProvider time)
    : Contracts.V1.Audit.AuditBase
{
    private const int DefaultPage = 100;
    private const int MaxPage = 1000;
    private const int ScanPage = 2000;

    public override async Task<AuditQueryResponse> Query(AuditQueryRequest request, ServerCallContext context)
    {
        var purpose = ReadPurposes.Require(request.Purpose, "purpose");
        var size = request.Page?.PageSize is > 0 and var s ? Math.Min(s, MaxPage) : DefaultPage;
        var after = ParseToken(request.Page?.PageToken);
        var from = request.Period?.From?.ToDateTimeOffset();
        var to = request.Period?.To?.ToDateTimeOffset();
        var actor = request.Actor.Length > 0 ? request.Actor : null;

        // Consultations of the log are themselves logged, before the answer is read.
        await consultations.RecordAsync(HubCaller.From(context), "Audit.Query", purpose, ["audit-log"], [], [], context.CancellationToken);

        var response = new AuditQueryResponse { Page = new PageResponse() };
        var scanned = after;
        while (true)
        {
            var page = await log.ReadAsync(scanned, ScanPage, actor, context.CancellationToken);
            foreach (var entry in page)
            {
                scanned = entry.Position;
                if (Matches(entry, request.Subject, from, to))
                {
                    response.Entries.Add(ToContract(entry));
                    if (response.Entries.Count == size)
                    {
                        // Full: the next page starts after the last entry looked at.
                        response.Page.NextPageToken = scanned.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        return response;
                    }
                }
            }

            if (page.Count < ScanPage)
            {
                return response;
            }
        }
    }

    public override async Task<VerifyResponse> Verify(VerifyRequest request, ServerCallContext context)
    {
        AuditCheckpoint? against = null;
        if (request.Against is { } c)
        {
            if (c.At is null || c.HeadHash.Length == 0 || c.Signature.Length == 0)
            {
                GrpcErrors.ThrowBadRequest("against", "a checkpoint needs its position, head hash, time and signature as exported");
            }

            against = new AuditCheckpoint((long)c.Position, c.HeadHash, c.At.ToDateTimeOffset(), c.Signature);
        }

        var result = await verifier.VerifyAsync(against, key.Value, context.CancellationToken);
        return new VerifyResponse
        {
            Intact = result.Intact,
            EntriesChecked = (ulong)result.EntriesChecked,
            FirstBadPosition = (ulong)result.FirstBadPosition,
            Detail = result.Detail,
        };
    }

    public override async Task<Checkpoint> ExportCheckpoint(ExportCheckpointRequest request, ServerCallContext context)
    {
        var (position, hash) = await log.HeadAsync(context.CancellationToken);
        var at = time.GetUtcNow();
        return new Checkpoint
        {
            Position = (ulong)position,
            HeadHash = hash,
            At = Timestamp.FromDateTimeOffset(at),
            Signature = AuditHashing.Sign(key.Value, position, hash, at),
        };
    }

    private static bool Matches(AuditEntry entry, string subject, DateTimeOffset? from, DateTimeOffset? to)
        => (subject.Length == 0 || entry.Event.Subjects.Contains(subject, StringComparer.Ordinal))
            && (from is null || entry.At >= from)
            && (to is null || entry.At < to);

    private static long ParseToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        if (!long.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var after))
        {
            GrpcErrors.ThrowBadRequest("page.page_token", "is not a token this service issued");
        }

        return after;
    }

    private static Contracts.V1.AuditEntry ToContract(AuditEntry entry)
    {
        var result = new Contracts.V1.AuditEntry
        {
            Position = (ulong)entry.Position,
            At = Timestamp.FromDateTimeOffset(entry.At),
            Actor = entry.Event.Actor,
            ActorRole = entry.Event.ActorRole,
            ActorAgency = entry.Event.ActorAgency,
            Action = entry.Event.Action,
            Purpose = entry.Event.Purpose ?? string.Empty,
            EntryHash = entry.EntryHash,
            PreviousHash = entry.PreviousHash,
        };
        result.Subjects.AddRange(entry.Event.Subjects);
        result.Disclosed.AddRange(entry.Event.Disclosed);
        result.Withheld.AddRange(entry.Event.Withheld);
        return result;
    }
}
