using Chb.Hub.Audit;
using Chb.Hub.Security;

namespace Chb.Hub.Access;

/// <summary>
/// Logs a read before its answer leaves the hub: who asked, as what, why, which subjects it touched, what it
/// disclosed and what it withheld (with reason codes). Ids and field names only, never the values.
/// Reads arriving together share one commit (group commit): each waits until the transaction holding its
/// entry has committed, so "logged before answered" holds while reads stop queueing one fsync each.
/// </summary>
internal sealed class Consultations(AuditLog log)
{
    private readonly Lock _gate = new();
    private List<(AuditEvent Event, TaskCompletionSource Done)> _pending = [];
    private bool _writing;

    public Task RecordAsync(
        HubCaller caller,
        string rpc,
        string purpose,
        IReadOnlyList<string> subjects,
        IReadOnlyList<string> disclosed,
        IReadOnlyList<string> withheld,
        CancellationToken cancellationToken)
    {
        var entry = new AuditEvent(caller.Subject, caller.Role, caller.Agency, disclosed.Count > 0 ? AuditActions.Disclosure : AuditActions.Consultation, subjects)
        {
            Purpose = $"{rpc} {purpose}",
            Disclosed = disclosed,
            Withheld = withheld,
        };
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_gate)
        {
            _pending.Add((entry, done));
            lead = !_writing;
            _writing = true;
        }

        if (lead)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        // A caller that gives up stops waiting; its entry is still written (it may have been answered in part).
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<(AuditEvent Event, TaskCompletionSource Done)> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _pending;
                _pending = [];
            }

            try
            {
                await log.AppendAsync([.. batch.Select(b => b.Event)], CancellationToken.None);
                batch.ForEach(b => b.Done.SetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(b => b.Done.SetException(ex));
            }
        }
    }
}
