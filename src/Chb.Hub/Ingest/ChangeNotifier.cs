namespace Chb.Hub.Ingest;

/// <summary>
/// Wakes in-process readers when this instance commits a change. Other hub instances sharing the
/// database are seen by polling the change sequence, so this is a latency shortcut, never the only signal.
/// </summary>
internal sealed class ChangeNotifier
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes at the next commit; take it before checking the store.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Notify()
        => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
