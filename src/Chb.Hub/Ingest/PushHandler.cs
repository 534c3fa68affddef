using Chb.Adapters;
using Chb.Contracts.V1;
using Chb.Hub.Adapters;
using Chb.Hub.Agencies;
using Chb.Hub.Grpc;
using Chb.Hub.Options;
using Chb.Hub.Resilience;
using Chb.Hub.Security;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace Chb.Hub.Ingest;

/// <summary>Runs one push: checks its start, then streams file rows or canonical records through the committer.</summary>
internal sealed partial class PushHandler(
    RowCommitter committer,
    AdapterRegistry adapters,
    AgencyDirectory agencies,
    IOptions<IngestOptions> options,
    ResiliencePipelineProvider<string> pipelines,
    ILogger<PushHandler> logger)
{
    private readonly ResiliencePipeline _idle = pipelines.GetPipeline(ResiliencePipelineKeys.PushIdle);
    private readonly ResiliencePipeline _rowTimeout = pipelines.GetPipeline(ResiliencePipelineKeys.AdapterRow);

    public async Task HandleAsync(IAsyncStreamReader<PushRequest> requests, IServerStreamWriter<PushResponse> responses, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var reader = new PushStreamReader(requests, options.Value, _idle);
        var first = await reader.ReadAsync(ct);
        if (first?.BodyCase != PushRequest.BodyOneofCase.Start)
        {
            GrpcErrors.ThrowBadRequest("start", "a push begins with a PushStart message");
        }

        var (push, agency, adapter) = Begin(first.Start, HubCaller.From(context));
        var summary = new PushSummary { PushId = push.PushId };
        if (adapter is null)
        {
            await PushRecordsAsync(push, reader, responses, summary, ct);
        }
        else
        {
            await PushFileAsync(push, agency, adapter, reader, responses, summary, ct);
        }

        summary.Bytes = reader.Bytes;
        await responses.WriteAsync(new PushResponse { Summary = summary }, ct);
        Diagnostics.HubLog.PushCompleted(logger, push.PushId, push.Agency, push.AdapterId ?? "records", summary.Accepted, summary.Duplicates, summary.Rejected);
    }

    private (PushContext Push, Agency Agency, LoadedAdapter? Adapter) Begin(PushStart start, HubCaller caller)
    {
        var agency = CallerAgency.Resolve(agencies, caller, start.Agency, "start.agency");

        if (start.PushId.Length > 100 || start.FileName.Length > 260)
        {
            GrpcErrors.ThrowBadRequest(start.PushId.Length > 100 ? "start.push_id" : "start.file_name", "is too long");
        }

        LoadedAdapter? adapter = null;
        if (start.AdapterId.Length > 0)
        {
            if (!adapters.TryGet(start.AdapterId, out adapter))
            {
                GrpcErrors.Throw(StatusCode.NotFound, $"No adapter '{start.AdapterId}' is loaded; Admin.ListAdapters lists those that are.");
            }

            if (!adapter.Descriptor.AgencyKinds.Contains(agency.Kind))
            {
                GrpcErrors.Throw(StatusCode.FailedPrecondition, $"Adapter '{start.AdapterId}' does not read exports of {agency.Kind} agencies.");
            }

            if (adapter.IsTripped)
            {
                GrpcErrors.Throw(StatusCode.Unavailable, $"Adapter '{start.AdapterId}' is paused after repeated failures; try again later.");
            }
        }

        var pushId = start.PushId.Length > 0 ? start.PushId : Guid.NewGuid().ToString("N");
        var push = new PushContext(agency.Code, adapter?.Descriptor.Id, pushId, start.FileName.Length > 0 ? start.FileName : null, caller.Subject);
        return (push, agency, adapter);
    }

    private async Task CommitAsync(PushContext push, List<IngestRow> rows, IServerStreamWriter<PushResponse> responses, PushSummary summary, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var results = await committer.CommitAsync(push, rows, ct);
        rows.Clear();
        await SendAsync(results, responses, summary, ct);
    }

    /// <summary>Answers a committed batch, row by row, and counts it into the summary.</summary>
    private static async Task SendAsync(RowResult[] results, IServerStreamWriter<PushResponse> responses, PushSummary summary, CancellationToken ct)
    {
        var message = new RowResults();
        message.Rows.AddRange(results);
        foreach (var result in results)
        {
            summary.Rows++;
            if (result.Ack is { } ack)
            {
                _ = ack.Duplicate ? summary.Duplicates++ : summary.Accepted++;
                summary.LastSequence = Math.Max(summary.LastSequence, ack.Sequence);
            }
            else
            {
                summary.Rejected++;
            }
        }

        await responses.WriteAsync(new PushResponse { Results = message }, ct);
    }
}
