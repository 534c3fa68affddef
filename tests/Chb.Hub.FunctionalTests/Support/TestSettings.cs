namespace Chb.Hub.FunctionalTests.Support;

/// <summary>Configuration every test hub starts from: a private store, three agencies, short timeouts.</summary>
public static class TestSettings
{
    public const string Police = "WYP";
    public const string Housing = "BDC-HOUSING";
    public const string Environment = "BDC-ENV";

    public static Dictionary<string, string?> Defaults(string databasePath) => new(Chb.Tests.Shared.TestIdentity.HubSettings)
    {
        ["Hub:Storage:SqlitePath"] = databasePath,
        ["Hub:Agencies:0:Code"] = Police,
        ["Hub:Agencies:0:Name"] = "West Yorkshire Police",
        ["Hub:Agencies:0:Kind"] = "Police",
        ["Hub:Agencies:1:Code"] = Housing,
        ["Hub:Agencies:1:Name"] = "Bradford Council Housing",
        ["Hub:Agencies:1:Kind"] = "Housing",
        ["Hub:Agencies:2:Code"] = Environment,
        ["Hub:Agencies:2:Name"] = "Bradford Council Environmental Services",
        ["Hub:Agencies:2:Kind"] = "EnvironmentalServices",
        ["Hub:Adapters:RowTimeout"] = "00:00:01",
        ["Hub:Reads:MinSequenceWait"] = "00:00:00.300",
        // A fixed test key, so tests never write key files into the source tree.
        ["Hub:Audit:CheckpointKey"] = "dGVzdC1vbmx5LWNoZWNrcG9pbnQta2V5LTMyLWJ5dGVzISE=",
    };
}
