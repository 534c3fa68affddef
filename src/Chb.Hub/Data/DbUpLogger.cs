using Chb.Hub.Diagnostics;
using DbUp.Engine.Output;

namespace Chb.Hub.Data;

/// <summary>Routes DbUp's progress messages into the hub's log.</summary>
internal sealed class DbUpLogger(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => Write(LogLevel.Trace, format, args);

    public void LogDebug(string format, params object[] args) => Write(LogLevel.Debug, format, args);

    public void LogInformation(string format, params object[] args) => Write(LogLevel.Debug, format, args);

    public void LogWarning(string format, params object[] args) => Write(LogLevel.Warning, format, args);

    public void LogError(string format, params object[] args) => Write(LogLevel.Error, format, args);

    public void LogError(Exception ex, string format, params object[] args)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            HubLog.MigrationFailed(logger, ex, Format(format, args));
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1873", Justification = "Guarded by IsEnabled; the analyzer cannot see a variable level.")]
    private void Write(LogLevel level, string format, object[] args)
    {
        if (logger.IsEnabled(level))
        {
            HubLog.Migration(logger, level, Format(format, args));
        }
    }

    private static string Format(string format, object[] args)
        => args.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
