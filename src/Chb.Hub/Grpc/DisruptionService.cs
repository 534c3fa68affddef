using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Data;
using Chb.Hub.Linking;
using Chb.Hub.Lro;
using Chb.Hub.Opportunities;
using Chb.Hub.Reads;
using Chb.Hub.Security;
using Chb.Hub.Tactics;
using Dapper;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>
/// What Lead Responsible Officers ask: the options for a person, a place or their OCG, what has been tried, and
/// a watch of new options. Every answer is limited to the caller's OCGs, built through the disclosure policy,
/// and logged with its purpose before it is sent.
/// </summary>
[Authorize(Policy = HubPolicies.Lro)]
internal sealed partial class DisruptionService(
    IHubDatabase database,
    NeedToKnow needToKnow,
    DisclosurePolicy policy,
    Consultations consultations,
    OpportunityReads reads,
    OpportunityProgress progress,
    InterventionWriter interventions,
    TacticCatalogue catalogue,
    Agencies.AgencyDirectory agencies,
    ReadBarrier barrier,
    TimeProvider time) : Contracts.V1.Disruption.DisruptionBase
{
    private const string UprnLookup = "SELECT hub_id FROM locations WHERE uprn = @Uprn ORDER BY hub_id";
    private const string OcgRow = "SELECT name AS Name, morile_score AS Morile FROM ocgs WHERE ocg_reference = @Ocg";

    public override async Task<OptionsResponse> GetNominalOptions(GetNominalOptionsRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var id = request.NominalHubId.Trim();
        if (id.Length == 0 || !await needToKnow.SeesAsync(call.Caller, SubjectKinds.Nominal, id, context.CancellationToken))
        {
            throw NotKnown("nominal", id);
        }

        await using var connection = await database.OpenAsync(context.CancellationToken);
        var response = new OptionsResponse { AsOfSequence = (ulong)call.AsOf };
        response.Nominal = await Views(call, connection).NominalAsync(id, context.CancellationToken);
        await AddOptionsAsync(call, [id], response.Opportunities, response.History, response.Groups, response.Balance, context.CancellationToken);
        await RecordAsync(call, "Disruption.GetNominalOptions", [$"nominal:{id}"], response.Opportunities, context);
        return response;
    }

    public override async Task<OptionsResponse> GetLocationOptions(GetLocationOptionsRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        await using var connection = await database.OpenAsync(context.CancellationToken);
        var id = request.LocationHubId.Trim();
        if (id.Length == 0 && request.Uprn.Trim().Length > 0)
        {
            // A UPRN names a place; the hub may know it under more than one location until links are confirmed.
            foreach (var candidate in await connection.QueryAsync<string>(new CommandDefinition(UprnLookup, new { Uprn = request.Uprn.Trim() }, cancellationToken: context.CancellationToken)))
            {
                if (await needToKnow.SeesAsync(call.Caller, SubjectKinds.Location, candidate, context.CancellationToken))
                {
                    id = candidate;
                    break;
                }
            }
        }
        else if (id.Length > 0 && !await needToKnow.SeesAsync(call.Caller, SubjectKinds.Location, id, context.CancellationToken))
        {
            id = string.Empty;
        }

        if (id.Length == 0)
        {
            throw NotKnown("location", request.LocationHubId.Length > 0 ? request.LocationHubId : request.Uprn);
        }

        var response = new OptionsResponse { AsOfSequence = (ulong)call.AsOf };
        response.Location = await Views(call, connection).LocationAsync(id, context.CancellationToken);
        await AddOptionsAsync(call, [id], response.Opportunities, response.History, response.Groups, response.Balance, context.CancellationToken);
        await RecordAsync(call, "Disruption.GetLocationOptions", [$"location:{id}"], response.Opportunities, context);
        return response;
    }

    public override async Task<OcgOptionsResponse> GetOcgOptions(GetOcgOptionsRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var ocg = request.OcgReference.Trim();
        var picture = NeedToKnow.SeesOcg(call.Caller, ocg) ? await needToKnow.SubjectsAsync([ocg], context.CancellationToken) : [];
        if (picture.Count == 0)
        {
            throw NotKnown("OCG", ocg);
        }

        await using var connection = await database.OpenAsync(context.CancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string? Name, long? Morile)>(new CommandDefinition(OcgRow, new { Ocg = ocg }, cancellationToken: context.CancellationToken));
        var response = new OcgOptionsResponse { OcgReference = ocg, OcgName = row.Name ?? string.Empty, MorileScore = (int)(row.Morile ?? 0), AsOfSequence = (ulong)call.AsOf };
        var views = Views(call, connection);
        foreach (var member in picture.Where(s => s.Kind == SubjectKinds.Nominal && s.IsMember == 1).OrderBy(s => s.HubId, StringComparer.Ordinal))
        {
            response.Members.Add(await views.NominalAsync(member.HubId, context.CancellationToken));
        }

        foreach (var place in picture.Where(s => s.Kind == SubjectKinds.Location).OrderBy(s => s.HubId, StringComparer.Ordinal))
        {
            response.Locations.Add(await views.LocationAsync(place.HubId, context.CancellationToken));
        }

        await AddOptionsAsync(call, picture.Select(s => s.HubId).ToList(), response.Opportunities, response.History, response.Groups, response.Balance, context.CancellationToken);
        await RecordAsync(call, "Disruption.GetOcgOptions", [$"ocg:{ocg}", .. picture.Select(s => $"{s.Kind}:{s.HubId}")], response.Opportunities, context);
        return response;
    }

    private static RpcException NotKnown(string what, string id)
        => new(new Status(StatusCode.NotFound, $"No {what} '{id}' is known to you; check the reference, or ask your GAIN coordinator who holds it."));

    private async Task<LroCall> BeginAsync(ReadOptions? options, ServerCallContext context)
    {
        var purpose = ReadPurposes.Require(options?.Purpose);
        var caller = HubCaller.From(context);
        var asOf = options is { MinSequence: > 0 }
            ? await barrier.WaitForAsync(options.MinSequence, reads.CheckpointAsync, () => progress.NextAdvance, context.CancellationToken)
            : await reads.CheckpointAsync(context.CancellationToken);
        return new LroCall(caller, purpose, policy.For(caller), asOf, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }

    private SubjectViews Views(LroCall call, System.Data.Common.DbConnection connection)
        => new(new SubjectEvidence(new WriteScopeOrConnection(connection, null), database.Sql, agencies, call.Today), call.Disclosure, database);

    private async Task AddOptionsAsync(
        LroCall call,
        IReadOnlyList<string> subjects,
        Google.Protobuf.Collections.RepeatedField<Opportunity> options,
        Google.Protobuf.Collections.RepeatedField<Intervention> history,
        Google.Protobuf.Collections.RepeatedField<OptionGroup> groups,
        Google.Protobuf.Collections.RepeatedField<StrandBalance> balance,
        CancellationToken cancellationToken)
    {
        var stored = await reads.ForSubjectsAsync(subjects, cancellationToken);
        var listed = new OptionViews(catalogue, call.Disclosure, call.Today).Options(stored);
        options.AddRange(listed);
        groups.AddRange(OptionViews.Groups(listed));
        balance.AddRange(OptionViews.Balance(listed));
        history.AddRange((await reads.InterventionsAsync(listed.Select(o => o.OpportunityId), cancellationToken)).Select(OptionViews.Intervention));
    }

    private Task RecordAsync(LroCall call, string rpc, IReadOnlyList<string> subjects, IEnumerable<Opportunity> options, ServerCallContext context)
        => consultations.RecordAsync(
            call.Caller, rpc, call.Purpose, [.. subjects, .. options.Select(o => $"opportunity:{o.OpportunityId}")], call.Disclosure.Disclosed, call.Disclosure.Withheld, context.CancellationToken);

    /// <summary>One LRO call: who, why, the disclosure decisions so far, and the projection state it reads.</summary>
    private sealed record LroCall(HubCaller Caller, string Purpose, DisclosureContext Disclosure, long AsOf, DateOnly Today);
}
