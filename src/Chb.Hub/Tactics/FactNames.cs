using System.Collections.Frozen;

namespace Chb.Hub.Tactics;

/// <summary>
/// The vocabulary of facts that tactic triggers are written in. A name starts with the subject it is about
/// (<c>person.</c> or <c>location.</c>). Roles are part of the fact: a victim and a perpetrator of the same case
/// get different facts. "Live" facts come only from open cases and unexpired markers; "history" facts stay true.
/// </summary>
internal static class FactNames
{
    public const string WarrantOutstanding = "person.warrant-outstanding";
    public const string OnBail = "person.on-bail";
    public const string CivilOrderInForce = "person.civil-order-in-force";
    public const string Convicted = "person.convicted";
    public const string WeaponsWarning = "person.weapons-warning";
    public const string OcgMember = "person.ocg-member";
    public const string OcgPrincipal = "person.ocg-principal";
    public const string VehicleLinked = "person.vehicle-linked";
    public const string VehicleUninsured = "person.vehicle-uninsured";
    public const string VehicleUntaxed = "person.vehicle-untaxed";
    public const string AsbPerpetrator = "person.asb-perpetrator";
    public const string CuckooingPerpetrator = "person.cuckooing-perpetrator";
    public const string CuckooingVictim = "person.cuckooing-victim";
    public const string Victim = "person.victim";
    public const string SocialTenant = "person.social-tenant";
    public const string AssuredShortholdTenant = "person.assured-shorthold-tenant";
    public const string TenantInBreach = "person.tenant-in-breach";
    public const string RentArrears = "person.rent-arrears";
    public const string SublettingSuspected = "person.subletting-suspected";
    public const string FlyTippingSuspect = "person.fly-tipping-suspect";
    public const string FlyTippingVehicle = "person.fly-tipping-vehicle";
    public const string WasteCarrierUnregistered = "person.waste-carrier-unregistered";
    public const string WasteCarrierVehicle = "person.waste-carrier-vehicle";
    public const string PremisesLicensee = "person.premises-licensee";
    public const string ScrapDealer = "person.scrap-dealer";
    public const string BusinessLinked = "person.business-linked";

    public const string CuckooingAddress = "location.cuckooing-address";
    public const string SocialTenancy = "location.social-tenancy";
    public const string ClosureOrder = "location.closure-order";
    public const string AsbReported = "location.asb-reported";
    public const string OffenceReported = "location.offence-reported";
    public const string LicensedPremises = "location.licensed-premises";
    public const string UnderageSales = "location.underage-sales";
    public const string CounterfeitGoods = "location.counterfeit-goods";
    public const string IllegalWorking = "location.illegal-working";
    public const string FlyTipSite = "location.fly-tip-site";
    public const string UnlicensedHmo = "location.unlicensed-hmo";
    public const string StatutoryNuisance = "location.statutory-nuisance";
    public const string AbandonedVehicle = "location.abandoned-vehicle";
    public const string OcgNominalAddress = "location.ocg-nominal-address";

    private const string PersonPrefix = "person.";
    private const string LocationPrefix = "location.";

    /// <summary>Gets every known fact with a one-line description.</summary>
    public static FrozenDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [WarrantOutstanding] = "Police nominal with an unexpired arrest or commitment warrant (live).",
        [OnBail] = "Police nominal on bail with conditions that have not expired (live).",
        [CivilOrderInForce] = "Police nominal subject to an unexpired civil order; Detail is its type, e.g. CBO (live).",
        [Convicted] = "A conviction is evidenced: a CBO or SHPO (made only on conviction) or a commitment warrant (history).",
        [WeaponsWarning] = "Police nominal with a WEAPONS warning marker (live).",
        [OcgMember] = "Police nominal recorded as a member or associate of an OCG; Detail is the role (history).",
        [OcgPrincipal] = "Police nominal recorded as a principal or significant OCG member (history).",
        [VehicleLinked] = "A vehicle is tied to this person (nominal's vehicle or the party's own VRM); Detail is the VRM.",
        [VehicleUninsured] = "A vehicle tied to this person has no insurance record; Detail is the VRM.",
        [VehicleUntaxed] = "A vehicle tied to this person is untaxed; Detail is the VRM.",
        [AsbPerpetrator] = "Perpetrator in a housing ASB or cuckooing case, or suspect in a noise or graffiti case (history).",
        [CuckooingPerpetrator] = "Perpetrator in a cuckooing case: an exploiter of the tenant (history).",
        [CuckooingVictim] = "The tenant of a cuckooed home: a victim to safeguard, never a possession target (always).",
        [Victim] = "Any party recorded in a victim role (always).",
        [SocialTenant] = "Tenant of a social tenancy held by a housing agency; Detail is the tenure.",
        [AssuredShortholdTenant] = "Tenant whose tenancy is an assured shorthold tenancy.",
        [TenantInBreach] = "Tenant or joint tenant in an open tenancy-breach or property-damage case (live).",
        [RentArrears] = "Tenant or joint tenant in an open rent-arrears case (live).",
        [SublettingSuspected] = "Tenant or joint tenant in an open subletting case (live).",
        [FlyTippingSuspect] = "Suspect or driver in an open fly-tipping case (live).",
        [FlyTippingVehicle] = "Person in an open fly-tipping case in which a vehicle was used; Detail is the VRM (live).",
        [WasteCarrierUnregistered] = "Suspect, driver or owner in an open waste-carrier case (live).",
        [WasteCarrierVehicle] = "Person in an open waste-carrier case in which a vehicle was used; Detail is the VRM (live).",
        [PremisesLicensee] = "Licensee named in a premises-licensing case.",
        [ScrapDealer] = "Owner or licensee named in a scrapyard case.",
        [BusinessLinked] = "Person named with a Companies House number in a case; Detail is the case type.",
        [CuckooingAddress] = "Address of an open cuckooing case (live).",
        [SocialTenancy] = "Place with a social tenancy held by a housing agency; Detail is the tenure.",
        [ClosureOrder] = "Premises closed under a closure order (case outcome Closure) (history).",
        [AsbReported] = "Place of a housing ASB or cuckooing case, or a noise or graffiti case (history).",
        [OffenceReported] = "Place of a case that names an offence; Detail is the offence code (history).",
        [LicensedPremises] = "Premises that are the subject of a premises-licensing case.",
        [UnderageSales] = "Premises with an underage-sales offence code (LA2003-s146/s147) (history).",
        [CounterfeitGoods] = "Premises with a Trade Marks Act 1994 offence code (TMA1994) (history).",
        [IllegalWorking] = "Premises with an illegal-working offence code (IANA2006, IA2016) (history).",
        [FlyTipSite] = "Place of a fly-tipping case (history).",
        [UnlicensedHmo] = "Place of an open HMO-licensing case (live).",
        [StatutoryNuisance] = "Place of an open noise case (live).",
        [AbandonedVehicle] = "Place of an open abandoned-vehicle case (live).",
        [OcgNominalAddress] = "Address of a police nominal who is an OCG member.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets every known fact name.</summary>
    public static FrozenSet<string> All { get; } = Descriptions.Keys.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string name) => All.Contains(name);

    /// <summary>Gets the subject a fact name is about, from its prefix.</summary>
    public static FactSubject? SubjectOf(string name)
        => name.StartsWith(PersonPrefix, StringComparison.Ordinal) ? FactSubject.Person
            : name.StartsWith(LocationPrefix, StringComparison.Ordinal) ? FactSubject.Location
            : null;
}
