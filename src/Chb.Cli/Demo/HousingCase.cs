namespace Chb.Cli.Demo;

/// <summary>One housing case: every party row of it repeats these columns.</summary>
internal sealed record HousingCase(
    string Reference,
    string Type,
    string Status,
    DateOnly Opened,
    DateOnly? Closed,
    string TenancyRef,
    string Tenure,
    DemoPlace Place,
    bool WithUprn,
    string Sensitivity);
