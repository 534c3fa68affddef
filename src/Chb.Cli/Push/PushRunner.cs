using Spectre.Console;

namespace Chb.Cli.Push;

/// <summary>Runs a push with a live progress bar when a person is watching, or silently for JSON and pipes.</summary>
internal static class PushRunner
{
    public static async Task<PushReceipt> RunAsync(CliSession session, HubConnection hub, PushJob job, CancellationToken cancellationToken)
    {
        var pusher = new FilePusher(hub, session.Environment.Time);
        if (!session.Output.ShowsProgress)
        {
            return await pusher.PushAsync(job, NoPushProgress.Instance, cancellationToken);
        }

        return await session.Output.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var progress = new SpectrePushProgress(context, job.FileName);
                var receipt = await pusher.PushAsync(job, progress, cancellationToken);
                progress.Finish();
                return receipt;
            });
    }
}
