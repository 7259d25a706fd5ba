/** How a conflicting concept's note starts, in every format; search for it to find what is left to resolve. */
export const CONFLICT_MARK = 'CONFLICT (merge)';
