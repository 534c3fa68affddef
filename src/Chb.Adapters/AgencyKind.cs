namespace Chb.Adapters;

/// <summary>The kinds of agency that hold disruption powers.</summary>
public enum AgencyKind
{
    /// <summary>Not stated; never valid on a record.</summary>
    Unspecified = 0,

    /// <summary>A police force or regional organised crime unit.</summary>
    Police = 1,

    /// <summary>A council housing team or social landlord.</summary>
    Housing = 2,

    /// <summary>Council environmental services (waste, noise, HMO, pests).</summary>
    EnvironmentalServices = 3,

    /// <summary>A licensing authority.</summary>
    Licensing = 4,

    /// <summary>Trading standards.</summary>
    TradingStandards = 5,

    /// <summary>Vehicle and driver regulators.</summary>
    Vehicles = 6,

    /// <summary>Revenue, benefits, immigration and other national agencies.</summary>
    National = 7,

    /// <summary>Fire and rescue services.</summary>
    Fire = 8,
}
