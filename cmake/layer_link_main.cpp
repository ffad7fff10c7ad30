// The program of each ftsu_layer_link_LAYER check (cmake/Layers.cmake): it
// calls nothing; linking it with every object of one layer and the layers
// below is the check.
int
main()
{
  return 0;
}
