package org.essor.registry.domain;

/**
 * The conditions a commercial company meets to be a société commerciale de l'ESS (law no. 2014-856 of 31 July 2014,
 * art. 1): all of them, each declared by the company with its date and the reference of its evidence.
 */
public enum EssCondition {
    /** Art. 1 I 1°: a goal other than the sole sharing of profits. */
    PURPOSE_OTHER_THAN_PROFIT_SHARING,
    /** Art. 1 I 2°: democratic governance, defined and organised by the statutes. */
    DEMOCRATIC_GOVERNANCE,
    /** Art. 1 I 3° a: profits mostly devoted to maintaining or developing the activity. */
    PROFITS_MOSTLY_REINVESTED,
    /** Art. 1 I 3° b: the compulsory reserves cannot be shared out nor distributed. */
    UNDISTRIBUTABLE_RESERVES,
    /**
     * Art. 1 II: for a commercial company, seeking social utility (art. 2) and applying the management principles
     * (part of the profits to reserves and to a development fund, no redemption of capital but in the cases the law allows).
     */
    SOCIAL_UTILITY_AND_MANAGEMENT_PRINCIPLES
}
