/** The steering feature's public surface: the committees' pages and "the units I follow". */
export { CommitteesPage } from './CommitteesPage.tsx';
export { CommitteePage } from './CommitteePage.tsx';
export { FollowedPage } from './FollowedPage.tsx';
export { FollowedUnitCard } from './FollowedUnitCard.tsx';
