using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Chb.Cli.Auditing;
using Chb.Cli.Commands;
using Chb.Cli.Demo;
using Chb.Cli.GainCoordination;
using Chb.Cli.Lro;
using Chb.Cli.Push;

namespace Chb.Cli;

/// <summary>Every JSON document <c>--json</c> prints: camelCase, indented, nulls kept so scripts see every field.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(PushReceipt))]
[JsonSerializable(typeof(AdaptersResult))]
[JsonSerializable(typeof(StatusResult))]
[JsonSerializable(typeof(QuarantineResult))]
[JsonSerializable(typeof(RetractResult))]
[JsonSerializable(typeof(DemoManifest))]
[JsonSerializable(typeof(DemoLoadResult))]
[JsonSerializable(typeof(TokenResult))]
[JsonSerializable(typeof(SearchResult))]
[JsonSerializable(typeof(OptionsResult))]
[JsonSerializable(typeof(OcgResult))]
[JsonSerializable(typeof(OutcomeResult))]
[JsonSerializable(typeof(WatchLine))]
[JsonSerializable(typeof(CheckpointFile))]
[JsonSerializable(typeof(VerifyResult))]
[JsonSerializable(typeof(AuditQueryResult))]
[JsonSerializable(typeof(AggregateResult))]
[JsonSerializable(typeof(HoldingsResult))]
[JsonSerializable(typeof(BaselineResult))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Gets the context with output escaping relaxed, so "+00:00" and "O'Connor" print as they are.</summary>
    public static CliJson Output { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Gets the same context writing one object per line (JSON Lines), for streams such as chb watch --json.</summary>
    public static CliJson Lines { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
