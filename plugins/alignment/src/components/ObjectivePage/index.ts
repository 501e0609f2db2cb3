export { ObjectivePageContent } from './ObjectivePageContent';
