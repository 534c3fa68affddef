using Chb.Contracts.V1;
using Chb.Hub.Lro;
using Grpc.Core;

namespace Chb.Hub.Grpc;

/// <summary>Recording what was done about an opportunity, and the disruption it caused.</summary>
internal sealed partial class DisruptionService
{
    private const int MaxSummary = 2000;

    public override async Task<RecordOutcomeResponse> RecordOutcome(RecordOutcomeRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        if (request.RequestId.Trim().Length is 0 or > 100)
        {
            GrpcErrors.ThrowBadRequest("request_id", "give a unique id (at most 100 characters) so a retried call records once");
        }

        if (request.TakenAt is null || request.TakenAt.ToDateTimeOffset() > time.GetUtcNow().AddMinutes(5))
        {
            GrpcErrors.ThrowBadRequest("taken_at", "say when the action was taken; it cannot be in the future");
        }

        if (request.AssessedDisruption == DisruptionGrade.Unspecified)
        {
            GrpcErrors.ThrowBadRequest("assessed_disruption", "grade the disruption: none, minor, moderate or major");
        }

        if (request.OutcomeSummary.Trim().Length is 0 or > MaxSummary)
        {
            GrpcErrors.ThrowBadRequest("outcome_summary", $"summarise the outcome in 1 to {MaxSummary} characters");
        }

        if (request.NewStatus is OpportunityStatus.Withdrawn or OpportunityStatus.Expired)
        {
            GrpcErrors.ThrowBadRequest("new_status", "may be open, in progress, done or not pursued");
        }

        var opportunity = request.OpportunityId.Trim().Length > 0 ? await reads.ByIdAsync(request.OpportunityId.Trim(), context.CancellationToken) : null;
        if (opportunity is null || !await needToKnow.SeesAsync(call.Caller, opportunity.SubjectKind, opportunity.SubjectHubId, context.CancellationToken))
        {
            throw NotKnown("opportunity", request.OpportunityId);
        }

        var recorded = await interventions.RecordAsync(call.Caller, call.Purpose, opportunity, request, context.CancellationToken);
        if (recorded is null)
        {
            GrpcErrors.Throw(StatusCode.FailedPrecondition, "That request_id was already used for another opportunity; use a new one.");
        }

        progress.Notify();
        return new RecordOutcomeResponse { Intervention = OptionViews.Intervention(recorded.Intervention), Sequence = (ulong)recorded.Intervention.Sequence };
    }
}
