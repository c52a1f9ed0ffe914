export { LoadingState as default } from "@/components/shell/loading-state";
