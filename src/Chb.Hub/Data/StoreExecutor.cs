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
    private long _foregroundWrites;

    public IHubDatabase Database { get; } = database;

    /// <summary>Gets how many foreground writes (pushes, outcomes, audit, administration) have started: projections compare it across a batch to see whether anyone else wanted the write path.</summary>
    public long ForegroundWrites => Interlocked.Read(ref _foregroundWrites);

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it; a transient failure re-runs both.</summary>
    public Task<TResult> WriteAsync<TState, TResult>(
        Func<WriteScope, TState, CancellationToken, Task<TResult>> work, TState state, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _foregroundWrites);
        return WriteInBackgroundAsync(work, state, cancellationToken);
    }

    /// <summary>As <see cref="WriteAsync"/>, for a projection's batch: not counted in <see cref="ForegroundWrites"/>.</summary>
    public async Task<TResult> WriteInBackgroundAsync<TState, TResult>(
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
