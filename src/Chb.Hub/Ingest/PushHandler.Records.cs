using Chb.Contracts.V1;
using Chb.Hub.Grpc;
using Grpc.Core;

namespace Chb.Hub.Ingest;

internal sealed partial class PushHandler
{
    private async Task PushRecordsAsync(PushContext push, PushStreamReader reader, IServerStreamWriter<PushResponse> responses, PushSummary summary, CancellationToken ct)
    {
        var batchSize = options.Value.BatchSize;
        var rows = new List<IngestRow>(batchSize);
        while (await reader.ReadAsync(ct) is { } message)
        {
            switch (message.BodyCase)
            {
                case PushRequest.BodyOneofCase.Records:
                    foreach (var envelope in message.Records.Records)
                    {
                        rows.Add(ToRow(envelope));
                        if (rows.Count == batchSize)
                        {
                            await CommitAsync(push, rows, responses, summary, ct);
                        }
                    }

                    await CommitAsync(push, rows, responses, summary, ct);
                    break;
                case PushRequest.BodyOneofCase.Complete:
                    return;
                case PushRequest.BodyOneofCase.Chunk:
                    GrpcErrors.ThrowBadRequest("chunk", "file chunks need a PushStart that names an adapter");
                    break;
                default:
                    GrpcErrors.ThrowBadRequest("start", "a push has one PushStart, first");
                    break;
            }
        }
    }

    private static IngestRow ToRow(RecordEnvelope envelope)
    {
        var (record, problems) = ProtoRecordMapper.Map(envelope);
        var key = envelope.IdempotencyKey.Length > 0 ? envelope.IdempotencyKey : null;
        return new IngestRow(envelope.Row, record, key, problems.Count > 0 ? problems : null);
    }
}
