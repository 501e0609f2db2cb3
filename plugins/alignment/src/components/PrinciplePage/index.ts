export { PrinciplePageContent } from './PrinciplePageContent';
