using System.Data.Common;
using Chb.Hub.Resilience;
using Polly;
using Polly.Registry;

namespace Chb.Hub.Data;

/// <summary>
/// Runs store work under the store pipeline (<see cref="ResiliencePipelineKeys.Store"/>). A retried write re-runs from
/// <see cref="IHubDatabase.BeginWriteAsync"/>, so its work must build everything it returns inside the attempt.
/// </summary>
internal sealed class StoreExecutor(IHubDatabase database, ResiliencePipelineProvider<string> pipelines)
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(ResiliencePipelineKeys.Store);

    public IHubDatabase Database { get; } = database;

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it; a transient failure re-runs both.</summary>
    public async Task<TResult> WriteAsync<TState, TResult>(
        Func<WriteScope, TState, CancellationToken, Task<TResult>> work, TState state, CancellationToken cancellationToken)
        => await _pipeline.ExecuteAsync(
            static async (s, ct) =>
            {
                await using var scope = await s.Database.BeginWriteAsync(ct);
                var result = await s.Work(scope, s.State, ct);
                await scope.CommitAsync(ct);
                return result;
            },
            (Database, Work: work, State: state),
            cancellationToken);

    /// <summary>Runs <paramref name="work"/> on a fresh connection; a transient failure re-runs it on another.</summary>
    public async Task<TResult> ReadAsync<TState, TResult>(
        Func<DbConnection, TState, CancellationToken, Task<TResult>> work, TState state, CancellationToken cancellationToken)
        => await _pipeline.ExecuteAsync(
            static async (s, ct) =>
            {
                await using var connection = await s.Database.OpenAsync(ct);
                return await s.Work(connection, s.State, ct);
            },
            (Database, Work: work, State: state),
            cancellationToken);
}
