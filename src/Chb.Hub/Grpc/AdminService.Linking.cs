using System.Text.Json;
using Chb.Contracts.V1;
using Chb.Hub.Linking;
using Chb.Hub.Security;
using Microsoft.AspNetCore.Authorization;
using Grpc.Core;

namespace Chb.Hub.Grpc;

/// <summary>Linking administration: rebuild, the review queue, judgements and the links themselves.</summary>
internal sealed partial class AdminService
{
    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<RebuildResponse> Rebuild(RebuildRequest request, ServerCallContext context)
    {
        if (request.Projection.Length > 0 && request.Projection != ChangeFeed.Projection)
        {
            GrpcErrors.ThrowBadRequest("projection", $"is not a projection this hub keeps; use \"{ChangeFeed.Projection}\" or leave it empty");
        }

        var reached = await Linking(context).RebuildAsync(context.CancellationToken);
        return new RebuildResponse { RebuiltToSequence = (ulong)reached };
    }

    [Authorize(Policy = HubPolicies.AdminOrAnalyst)]
    public override async Task<ListReviewQueueResponse> ListReviewQueue(ListReviewQueueRequest request, ServerCallContext context)
    {
        var linking = Linking(context);
        await linking.WaitForAsync(request.MinSequence, context.CancellationToken);
        var size = PageSize(request.Page);
        var page = await linking.Queries.ReviewQueueAsync(request.Page?.PageToken ?? string.Empty, size, context.CancellationToken);
        var response = new ListReviewQueueResponse { Page = NextPage(page, size) };
        var caller = HubCaller.From(context);
        response.Candidates.AddRange(page.Select(l => Candidate(l, caller)));
        return response;
    }

    [Authorize(Policy = HubPolicies.AdminOrAnalyst)]
    public override async Task<ListLinksResponse> ListLinks(ListLinksRequest request, ServerCallContext context)
    {
        var linking = Linking(context);
        await linking.WaitForAsync(request.MinSequence, context.CancellationToken);
        var size = PageSize(request.Page);
        var page = await linking.Queries.LinksAsync(request.Page?.PageToken ?? string.Empty, size, context.CancellationToken);
        var response = new ListLinksResponse { Page = NextPage(page, size) };
        var caller = HubCaller.From(context);
        response.Links.AddRange(page.Select(l => Candidate(l, caller)));
        return response;
    }

    [Authorize(Policy = HubPolicies.AdminOrAnalyst)]
    public override async Task<ListRecordSubjectsResponse> ListRecordSubjects(ListRecordSubjectsRequest request, ServerCallContext context)
    {
        var linking = Linking(context);
        var projected = await linking.WaitForAsync(request.MinSequence, context.CancellationToken);
        // Another agency's references are not the caller's to probe: they answer like a reference never pushed.
        var subjects = request.Agency == HubCaller.From(context).Agency
            ? await linking.Queries.SubjectsAsync(request.Agency, request.PartnerReference, context.CancellationToken)
            : [];
        var response = new ListRecordSubjectsResponse { ProjectedSequence = (ulong)projected };
        response.Subjects.AddRange(subjects.Select(s => new RecordSubject
        {
            MentionId = s.MentionId, SubjectKind = s.SubjectKind, Index = (int)s.ItemIndex, Role = s.Role, HubId = s.SubjectHubId ?? string.Empty,
        }));
        return response;
    }

    [Authorize(Policy = HubPolicies.AdminOrAnalyst)]
    public override async Task<JudgeResponse> Judge(JudgeRequest request, ServerCallContext context)
    {
        var judgement = request.Judgement switch
        {
            Judgement.Confirm => LinkOutcomes.Confirm,
            Judgement.Reject => LinkOutcomes.Reject,
            Judgement.Split => LinkOutcomes.Split,
            _ => null,
        };
        if (judgement is null)
        {
            GrpcErrors.ThrowBadRequest("judgement", "must be confirm, reject or split");
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            GrpcErrors.ThrowBadRequest("reason", "is required: a judgement must be explainable");
        }

        var (status, sequence) = await Linking(context).JudgeAsync(
            request.LinkId, judgement, request.Reason, HubCaller.From(context), context.CancellationToken);
        switch (status)
        {
            case JudgeStatus.NotFound:
                GrpcErrors.Throw(StatusCode.NotFound, $"No link or review candidate {request.LinkId}.");
                break;
            case JudgeStatus.SplitNeedsLink:
                GrpcErrors.Throw(StatusCode.FailedPrecondition, "Split applies to a link; reject a review candidate instead.");
                break;
            default:
                break;
        }

        return new JudgeResponse { Sequence = (ulong)sequence };
    }

    private static LinkAdministration Linking(ServerCallContext context)
        => context.GetHttpContext().RequestServices.GetRequiredService<LinkAdministration>();

    private static int PageSize(PageRequest? page) => page?.PageSize is > 0 and var s ? Math.Min(s, MaxPage) : DefaultPage;

    private static PageResponse NextPage(List<LinkView> page, int size)
        => new() { NextPageToken = page.Count == size ? page[^1].LinkId : string.Empty };

    /// <summary>
    /// A link as the caller may see it. Partner references can carry names or PNC IDs, so a record of another
    /// agency is named by the hub's record id only; the caller's own agency's records keep their reference.
    /// </summary>
    private static CandidateLink Candidate(LinkView link, HubCaller caller)
    {
        string RecordId(string agency, string reference)
            => agency == caller.Agency ? $"{agency}:{reference}" : Opportunities.OpportunityIds.Record(agency, reference);

        var candidate = new CandidateLink
        {
            LinkId = link.LinkId,
            LeftRecordId = RecordId(link.LeftAgency, link.LeftReference),
            RightRecordId = RecordId(link.RightAgency, link.RightReference),
            Score = link.Score,
            Method = link.Judgement == LinkOutcomes.Confirm ? "analyst" : link.Method,
            Outcome = link.Outcome,
            SubjectKind = link.SubjectKind,
            LeftHubId = link.LeftHub ?? string.Empty,
            RightHubId = link.RightHub ?? string.Empty,
            LeftMentionId = link.LeftMention,
            RightMentionId = link.RightMention,
            Judgement = link.Judgement ?? string.Empty,
        };
        candidate.Features.AddRange(JsonSerializer.Deserialize(link.Features, LinkingJson.Default.StringArray) ?? []);
        return candidate;
    }
}
