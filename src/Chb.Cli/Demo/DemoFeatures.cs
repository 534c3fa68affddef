namespace Chb.Cli.Demo;

/// <summary>Counts of what the generated files hold, so a newcomer (and a test) knows what to look for.</summary>
internal sealed class DemoFeatures
{
    public int Ocgs { get; set; }

    public int OcgMembers { get; set; }

    public int Nominals { get; set; }

    public int CuckooingCases { get; set; }

    /// <summary>Gets or sets how many housing rows name a complainant (PROTECTED: the adapter keeps only the fact).</summary>
    public int ComplainantRows { get; set; }

    /// <summary>Gets or sets how many environmental parties are reporters (PROTECTED: dropped by the adapter).</summary>
    public int ReporterParties { get; set; }

    /// <summary>Gets or sets how many intelligence items come from a CHIS or covert source (handling C, source reference PROTECTED).</summary>
    public int SourceProtectedIntel { get; set; }

    public int NoInsuranceVehicles { get; set; }

    /// <summary>Gets or sets how many times an agency wrote a person's name differently from the police (spelling, nickname, punctuation).</summary>
    public int NameVariants { get; set; }

    public int SwappedDatesOfBirth { get; set; }
}
